<#assign writtenForm = base.clause("writtenForm")!>
## Notices, written form and time limits {#notices}

Warnings, change proposals, referrals to the escalation ladder, notices of breach and other notices under the {{Agreement}} shall be given in writing to the other {{Party}}'s relationship manager.<#if sides.customer.several || sides.supplier.several> The sender shall at the same time send a copy to the relationship manager of its own {{Side}}, and to the relationship manager of a {{Party}} the notice particularly concerns, where that {{Party}} has one of its own.</#if> Email to the address a {{Party}} has given is written notice.

Notices that under the {{Base Agreement}} must be given in a particular form or to particular persons, including notices of defects, claims, notices of breach and notices of termination for breach, termination and cancellation, shall be given in accordance with the rules of the {{Base Agreement}}<#if writtenForm?has_content> (clause ${writtenForm.number} ${writtenForm.title})</#if> and to the {{Parties}}' representatives under the {{Base Agreement}}. A notice under the {{Agreement}} does not replace such a notice.

A time limit stated in days or calendar days includes every day. A time limit stated in working days excludes Saturdays, Sundays and public holidays. If the last day of a time limit falls on a day that is not a working day, the time limit is extended to the next working day.
