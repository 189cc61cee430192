import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { feedbackRateLimit, publicUrl } from '../../env';
import { feedbackMessages } from '../../quality/feedback/messages';
import { errorPage, PAGE_CSP } from '../../quality/feedback/page';
import { isFeedbackPost } from './bodyLimits';
import { errorBody } from './messages';

const WINDOW_MINUTES = 60;

/**
 * Residents' reports per address (`FEEDBACK_RATE_LIMIT` per hour, default 10): the form needs no
 * sign-in, so this is what keeps one machine from filling the departments' queues. Counted before
 * the body is read; the form is answered with a Polish page, JSON with a Polish error.
 */
export function feedbackRateLimits(): RequestHandler {
  const limiter = rateLimit({
    windowMs: WINDOW_MINUTES * 60 * 1000,
    limit: feedbackRateLimit(),
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (req, res) => {
      const message = feedbackMessages.tooMany(WINDOW_MINUTES);
      if ((req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
        res
          .status(429)
          .set({ 'Content-Security-Policy': PAGE_CSP, 'Cache-Control': 'no-store' })
          .type('html')
          .send(errorPage(message, `${publicUrl()}/`, false));
        return;
      }
      res.status(429).json(errorBody(message));
    },
  });
  return (req, res, next) => (isFeedbackPost(req) ? limiter(req, res, next) : next());
}
