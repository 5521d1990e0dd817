package kr.crm.api.service;

import java.util.Objects;
import kr.crm.api.security.AccountScope;

/**
 * Which requests a work queue shows; every field is optional (null = any).
 *
 * @param status only this status
 * @param type only this type code
 * @param assignee only requests assigned to this user
 * @param team only requests of this team
 * @param openOnly only requests neither resolved nor closed
 * @param scope only requests on accounts of this scope, or assigned to its {@link AccountScope#user()}: the caller's
 *        ({@link AccountScope#everything()} for all)
 * @since 0.4 ({@code scope} since 0.5)
 */
public record RequestQuery(RequestStatus status, String type, String assignee, String team, boolean openOnly,
        AccountScope scope) {

    public RequestQuery {
        Objects.requireNonNull(scope, "scope");
    }
}
