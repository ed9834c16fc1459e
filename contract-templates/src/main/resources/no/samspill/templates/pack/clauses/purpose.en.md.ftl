## Background and purpose {#purpose}
<#if background??>

### Background

<@text background/>
</#if>

### Purpose

The {{Agreement}} shall give the {{Parties}} a common basis for a long-term collaboration: a shared vision, shared objectives and guiding principles, and a governance model that keeps the {{Parties}}' expectations and interests aligned throughout the term, also when circumstances change in ways the {{Parties}} could not foresee.

The {{Base Agreement}} governs the deliverables, the remuneration and the consequences of breach. The {{Agreement}} governs how the {{Parties}} shall work together to reach the objectives, make joint decisions, handle disagreement and adapt the collaboration over time.
