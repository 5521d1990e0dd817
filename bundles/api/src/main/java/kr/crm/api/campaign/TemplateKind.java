package kr.crm.api.campaign;

/** Advertising (needs a lawful basis, gets the legal frame) or a transactional notice (no advertising wording). */
public enum TemplateKind {
    ADVERTISING, TRANSACTIONAL
}
