package kr.crm.rest.internal;

import kr.crm.api.common.NotFoundException;

/**
 * A record the caller may not see, answered as missing (404, the same words) and logged as a refused attempt on the
 * account it belongs to (decisions 192, 256).
 */
final class ScopeRefusal extends NotFoundException {
    private static final long serialVersionUID = 1L;

    private final String accountKey;

    ScopeRefusal(String what, String accountKey) {
        super(what);
        this.accountKey = accountKey;
    }

    String accountKey() {
        return accountKey;
    }
}
