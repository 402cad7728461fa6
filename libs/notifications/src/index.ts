export * from './notification.types';
export * from './entities/notification.entity';
export * from './ics';
export * from './notification.service';
export * from './notifications.module';
export * from './mail/notification-delivery.service';
export * from './dto/notification.objects';
export * from './dto/notification.inputs';
