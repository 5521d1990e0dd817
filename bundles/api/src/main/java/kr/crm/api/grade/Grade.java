package kr.crm.api.grade;

/**
 * Account grades and the main channel each gets (source documents, seed 003 slide 12):
 * S field visits; A visits and telemarketing; B telemarketing; C direct mail; D DM/e-mail only.
 */
public enum Grade {
    S, A, B, C, D
}
