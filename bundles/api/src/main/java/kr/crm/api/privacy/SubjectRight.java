package kr.crm.api.privacy;

/** The rights a data subject exercises (개인정보 보호법 제35조-제37조). */
public enum SubjectRight {
    /** 열람: see what is held. */
    ACCESS,
    /** 정정: correct it (staff edit the records; the case records it). */
    CORRECTION,
    /** 삭제: delete it, except what a law requires to be kept. */
    ERASURE,
    /** 처리정지: stop processing (advertising stops at once on every channel). */
    RESTRICTION
}
