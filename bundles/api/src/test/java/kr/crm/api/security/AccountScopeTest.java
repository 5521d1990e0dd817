package kr.crm.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountScopeTest {
    private static final AccountScope TEAM = new AccountScope(false, "kim", Set.of("kim", "lee"), false);

    @Test
    void aTeamMemberSeesTheAccountsOwnedByTheTeamAndNoOthers() {
        assertThat(TEAM.admits("lee", false)).isTrue();
        assertThat(TEAM.admits("park", false)).isFalse();
    }

    @Test
    void anAccountOfAnotherRepIsVisibleWhileItHasWorkAssignedToTheUser() {
        assertThat(TEAM.admits("park", true)).isTrue();
        assertThat(new AccountScope(false, null, Set.of("kim"), false).admits("park", true)).isFalse();
    }

    @Test
    void theUnownedPoolIsVisibleOnlyIfTheScopeIncludesIt() {
        assertThat(TEAM.admits(null, false)).isFalse();
        assertThat(new AccountScope(false, "kim", Set.of("kim"), true).admits(null, false)).isTrue();
        assertThat(new AccountScope(false, "kim", Set.of("kim"), true).withoutUnowned().admits(null, false))
                .isFalse();
    }

    @Test
    void everythingAdmitsEveryAccount() {
        assertThat(AccountScope.everything().admits("park", false)).isTrue();
        assertThat(AccountScope.everything().admits(null, false)).isTrue();
    }
}
