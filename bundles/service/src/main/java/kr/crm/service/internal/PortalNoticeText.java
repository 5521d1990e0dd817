package kr.crm.service.internal;

import java.util.Optional;
import kr.crm.api.service.RequestChange;
import kr.crm.api.service.RequestStatus;

/**
 * The words of a portal notice, Korean first and English below (the portal does not know the reader's language):
 * which change of the request it reports and the follow link. Transactional only: no offer, no advertising.
 */
record PortalNoticeText(String subject, String body) {

    static Optional<PortalNoticeText> of(RequestChange c, String reference, String name, String link) {
        String who = name == null || name.isBlank() ? "고객" : name;
        String whoEn = name == null || name.isBlank() ? "customer" : name;
        return switch (c.kind()) {
            case CREATED -> Optional.of(text(reference, "접수되었습니다", "was received",
                    "요청이 접수되었습니다. 아래 링크에서 진행 상황을 보고 내용을 더할 수 있습니다.",
                    "we received your request. Follow it and add to it here:", who, whoEn, link));
            case STATUS -> Optional.of(c.toStatus() == RequestStatus.RESOLVED
                    ? text(reference, "처리되었습니다", "was resolved",
                            "요청이 처리되었습니다. 아래 링크에서 결과를 보고 만족도(1-5점)를 남겨 주세요.",
                            "your request was resolved. See the result and rate our service (1-5) here:", who, whoEn,
                            link)
                    : text(reference, "상태가 바뀌었습니다: " + korean(c.toStatus()), "status: " + english(c.toStatus()),
                            "요청의 상태가 '" + korean(c.toStatus()) + "'(으)로 바뀌었습니다.",
                            "your request is now '" + english(c.toStatus()) + "':", who, whoEn, link));
            case REPLY -> Optional.of(text(reference, "답변이 등록되었습니다", "new reply",
                    "담당자가 답변을 남겼습니다. 아래 링크에서 확인하세요.",
                    "our staff replied to your request. Read it here:", who, whoEn, link));
            default -> Optional.empty();
        };
    }

    private static PortalNoticeText text(String reference, String subjectKo, String subjectEn, String lineKo,
            String lineEn, String who, String whoEn, String link) {
        return new PortalNoticeText("[서비스 요청 " + reference + "] " + subjectKo + " / Request " + reference + " "
                + subjectEn,
                who + " 님, 안녕하세요.\n\n" + lineKo + "\n" + link + "\n\n"
                        + "Hello " + whoEn + ",\n\n" + lineEn + "\n" + link + "\n");
    }

    private static String korean(RequestStatus s) {
        return switch (s) {
            case RECEIVED -> "접수";
            case ASSIGNED -> "담당자 배정";
            case IN_PROGRESS -> "처리 중";
            case WAITING_FOR_CUSTOMER -> "고객 확인 대기";
            case RESOLVED -> "처리 완료";
            case CLOSED -> "종료";
        };
    }

    private static String english(RequestStatus s) {
        return s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
