package kr.crm.api.task;

/** How a completed task went; a TM result feeds back into the next plan. */
public enum TaskOutcome {
    DONE, REACHED, INTERESTED, NOT_INTERESTED, WRONG_CONTACT
}
