import { registerDecorator, ValidateIf, ValidationOptions } from 'class-validator';
import { isDateOnly } from '../ip-asset.rules';

/** A calendar day written `YYYY-MM-DD` (dates of IP and valuations carry no time of day). */
export function IsDateOnly(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isDateOnly',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be a calendar day written YYYY-MM-DD', ...options },
      validator: { validate: (value: unknown) => isDateOnly(value) },
    });
}

/**
 * For update inputs: the field may be left out, but a given `null` is validated
 * (and refused) like any other value, unlike @IsOptional, which lets null through.
 */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}
