/**
 * {@code yaowen faults}: the fault suite. Each {@link yaowen.cli.faults.Scenario} runs real child processes
 * (a {@code yaowen broker}, {@code yaowen run --roles …} nodes) against the site farm on loopback, injures
 * them (kill -9, a broker restart, poisoned records, slow peers) and judges the outcome with the audit
 * ({@link yaowen.cli.audit.Audit}). {@link yaowen.cli.faults.Scenarios} is the registry a new scenario is
 * added to; {@link yaowen.cli.faults.FaultRig} is what a scenario gets to work with.
 */
package yaowen.cli.faults;
