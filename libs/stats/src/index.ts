export * from './dto/statistics.enums';
export * from './dto/statistics.inputs';
export * from './dto/statistics.objects';
export * from './stats.errors';
export * from './stats.rules';
export * from './statistics.service';
export * from './statistics-csv';
export * from './stats.module';
