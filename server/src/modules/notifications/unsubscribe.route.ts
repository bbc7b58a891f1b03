import { SERVER_PATHS } from '@spilno/shared';
import { Router } from 'express';
import type { RouteServices } from '../../common/http-route';
import { catalogue } from './messages';
import type { NotificationService } from './notification.service';

function page(text: string, form = ''): string {
  return `<!doctype html><meta charset="utf-8"><title>Spilno</title><p>${text}</p>${form}`;
}

/**
 * The one-click unsubscribe of notification e-mail (RFC 8058): a POST to the link turns the
 * user's e-mail off. Opening the link (GET) only offers the button, since mail scanners
 * follow links.
 */
export function unsubscribeRouter(
  services: RouteServices & { notifications: NotificationService },
): Router {
  const router = Router();
  const unsubscribe = router.route(SERVER_PATHS.unsubscribe);
  unsubscribe.get((req, res) => {
    const token = String(req.params.token);
    const words = catalogue(typeof req.query.lang === 'string' ? req.query.lang : undefined).mail;
    if (!services.notifications.userOfToken(token)) {
      res.status(404).type('html').send(page(words.badLink));
      return;
    }
    res
      .type('html')
      .send(page('', `<form method="post"><button>${words.unsubscribe}</button></form>`));
  });
  unsubscribe.post((req, res, next) => {
    const userId = services.notifications.userOfToken(String(req.params.token));
    const words = catalogue(undefined).mail;
    if (!userId) {
      res.status(404).type('html').send(page(words.badLink));
      return;
    }
    services.notifications
      .unsubscribe(userId)
      .then(() => res.type('html').send(page(words.unsubscribed)), next);
  });
  return router;
}
