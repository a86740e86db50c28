/** Our own practice answers for the mock-loop tests: one strong, one weak, one long set-up. */
export const strongAnswer =
  'Last spring our checkout page was timing out for about 4% of customers during sales. No team owned the payment retry code, so I took it on myself. I traced the timeouts to a retry loop that doubled the load, I rewrote the retry logic with a backoff, and I added an alarm so the on-call engineer would see it first. I also walked the support team through the change. As a result, checkout errors dropped from 4% to 0.3% within two weeks, and we kept that through the holiday peak.';

export const weakAnswer =
  'We had a project with a lot of problems. The team was busy and there were many meetings. We worked hard on it and we talked to the stakeholders. It was a difficult time for everyone.';

export const longSetUp =
  'Our team ran the billing service for three regions, and it had grown over five years into a tangle of jobs that nobody fully understood. Every month the invoices went out late, the finance team complained, and the on-call rotation was exhausted by pages at night. The service had been handed over twice and the documentation was mostly out of date. Leadership wanted it fixed before the next audit.';

/** The strong story told again in other words, as a user might in a later round. */
export const strongRetold =
  'I can tell you about the checkout timeouts. During sales about 4% of customers hit payment timeouts, and the retry code had no owner. I traced it to the retry loop, rewrote the retry logic with a backoff and added an alarm for the on-call engineer. Checkout errors dropped from 4% to 0.3% within two weeks.';
