package kr.crm.tools.testdata;

/** Whether a customer is a natural person or a company (a business with a registration number). */
public enum Kind {
    PERSON,
    COMPANY
}
