import { ArgumentMetadata, Injectable, PipeTransform, ValidationError, ValidationPipe } from '@nestjs/common';
import { CommonError, CommonErrorCode } from './common.errors';

function flatten(errors: ValidationError[], parent: string): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * class-validator on every GraphQL argument, answering BAD_USER_INPUT with the
 * path of the first bad field (`input.amount.amountFen`) and all of them in `errors`.
 * A pipe per call because the argument's name is needed to build the path.
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> | unknown {
    if (metadata.type === 'custom') return value;
    const argName = metadata.data ?? '';
    return new ValidationPipe({
      transform: true,
      forbidUnknownValues: false,
      exceptionFactory: (errors: ValidationError[]) => {
        const all = flatten(errors, argName);
        const first = all[0] ?? { field: argName || 'input', message: 'is invalid' };
        return new CommonError(CommonErrorCode.VALIDATION_FAILED, `${first.field}: ${first.message}`, {
          field: first.field,
          details: { errors: all },
        });
      },
    }).transform(value, metadata);
  }
}
