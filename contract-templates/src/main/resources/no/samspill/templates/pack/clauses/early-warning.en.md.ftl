## Early warning {#early-warning}

### Duty to warn

Each of the {{Parties}} shall notify the other {{Party}} in writing without undue delay when it becomes aware of any matter that may affect the achievement of the objectives under clause §[objectives], the time, cost or quality of the deliverables under the {{Base Agreement}}, or the collaboration between the {{Parties}}. The duty also covers matters on its own side, including its own mistakes. The warning shall be sent to the recipient's relationship manager and shall describe the matter, its possible consequences and proposed actions.

A warning under this clause is in addition to any notice required by the {{Base Agreement}}, and satisfies a duty to notify under the {{Base Agreement}} only if it also meets the requirements there.

### Consequences of failing to warn

If a {{Party}} has failed to give a warning under this clause, this may be given weight when a claim by that {{Party}} for an extension of time, additional remuneration or damages under the {{Base Agreement}} is assessed, under the amendment in clause §[amendment-claims]. The consequences that the {{Base Agreement}} itself attaches to a failure to give notice apply in addition.

### Information in the collaboration is not an admission {#no-admission}

The fact that a {{Party}} has given a warning, and what a {{Party}} states or contends in a warning, in the registers under the {{Agreement}}, in the relationship health checks or in the handling of a matter in the escalation ladder, is not in itself an admission of liability or a waiver of rights.

### Joint early warning register

The relationship managers shall keep a joint register of the warnings. For each warning, the register records the date, who gave it, a description, the possible consequences, the agreed actions with the person responsible and the deadline, and the status. The register shall be available to both {{Parties}} at all times and is subject to the duty of confidentiality under clause §[confidentiality].

### Early warning meeting

No later than ${fmt.count(governance.earlyWarning.meetingWithinDays)} calendar days after a warning has been received, the relationship managers, together with the persons on each side whose participation the matter requires, shall meet to assess the warning and agree on actions. If they cannot agree on actions, the matter shall be dealt with under clause §[escalation].
