export * from './entities/match.entity';
export * from './match-engine';
export * from './scoring-weights';
export * from './match-facts.repository';
export * from './match.service';
export * from './matching.module';
export * from './dto/match.objects';
