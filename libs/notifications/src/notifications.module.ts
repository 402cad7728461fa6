import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NOTIFICATION_ENTITIES } from './entities/notification.entity';
import { SendNotificationEmailJob } from './jobs/send-notification-email.job';
import { CaughtMailService } from './mail/caught-mail.service';
import { Mailer } from './mail/mailer';
import { NotificationDeliveryService } from './mail/notification-delivery.service';
import { NotificationService } from './notification.service';
import { NotificationsResolver } from './notifications.resolver';

const FEATURE = TypeOrmModule.forFeature(NOTIFICATION_ENTITIES);

/** The API side: `send` for the domains, the inbox for the users, the caught mail for the administrator. */
@Module({
  imports: [FEATURE],
  providers: [NotificationService, CaughtMailService, NotificationsResolver],
  exports: [NotificationService],
})
export class NotificationsModule {}

/** The worker side: the mail job. `send` is here too, for domains whose jobs notify (reminders). */
@Module({
  imports: [FEATURE],
  providers: [NotificationService, Mailer, NotificationDeliveryService, SendNotificationEmailJob],
  exports: [NotificationService, NotificationDeliveryService],
})
export class NotificationJobsModule {}
