export * from './entities/financing-need.entity';
export * from './needs.errors';
export * from './financing-need.rules';
export * from './financing-need.service';
export * from './needs.module';
export * from './dto/financing-need.objects';
export * from './dto/financing-need.inputs';
