package kr.crm.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.Set;
import kr.crm.api.common.ValidationException;
import kr.crm.api.security.AccountScope;
import kr.crm.api.security.CrmRoles;
import kr.crm.api.security.CrmUser;
import kr.crm.api.store.StoredUser;
import kr.crm.api.store.TeamStore;
import kr.crm.api.store.UserStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScopedVisibilityTest {
    private final TeamStore teams = mock(TeamStore.class);
    private final UserStore users = mock(UserStore.class);

    @BeforeEach
    void teams() {
        lenient().when(teams.teamOf(anyString())).thenReturn(Optional.empty());
        lenient().when(teams.teamOf("lee.manager")).thenReturn(Optional.of("영업1팀"));
        lenient().when(teams.teamOf("park.viewer")).thenReturn(Optional.of("영업1팀"));
        lenient().when(teams.teamOf("kim.rep")).thenReturn(Optional.of("영업1팀"));
        lenient().when(teams.members("영업1팀")).thenReturn(Set.of("lee.manager", "kim.rep", "park.viewer"));
    }

    private ScopedVisibility visibility(boolean unownedVisible) {
        ScopeConfig config = mock(ScopeConfig.class);
        when(config.unownedVisible()).thenReturn(unownedVisible);
        return new ScopedVisibility(teams, users, config);
    }

    private static CrmUser user(String name, String... roles) {
        return new CrmUser(name, name, Set.of(roles));
    }

    @Test
    void anAdminSeesEveryAccount() {
        assertThat(visibility(true).scopeOf(user("admin", CrmRoles.ADMIN, CrmRoles.REP)).all()).isTrue();
    }

    @Test
    void aRepSeesOnlyHisOwnAccountsAndThoseWithHisOpenTasksEvenInATeam() {
        AccountScope scope = visibility(true).scopeOf(user("kim.rep", CrmRoles.REP));
        assertThat(scope.all()).isFalse();
        assertThat(scope.owners()).containsExactly("kim.rep");
        assertThat(scope.user()).isEqualTo("kim.rep");
        assertThat(scope.unowned()).isTrue();
    }

    @Test
    void aManagerSeesTheAccountsOfEveryTeamMember() {
        AccountScope scope = visibility(false).scopeOf(user("lee.manager", CrmRoles.MANAGER));
        assertThat(scope.owners()).containsExactlyInAnyOrder("lee.manager", "kim.rep", "park.viewer");
        assertThat(scope.unowned()).as("the pool is configured off").isFalse();
    }

    @Test
    void aViewerReadsEveryAccountMaskedButAViewerWhoIsAlsoARepIsScopedAsARep() {
        assertThat(visibility(true).scopeOf(user("park.viewer", CrmRoles.VIEWER)).all()).isTrue();
        assertThat(visibility(true).scopeOf(user("kim.rep", CrmRoles.VIEWER, CrmRoles.REP)).all()).isFalse();
    }

    @Test
    void aUserKnownOnlyByNameIsScopedByTheDirectorysRolesElseAsARep() {
        when(users.findUser("lee.manager")).thenReturn(Optional.of(
                new StoredUser("lee.manager", "이팀장", Set.of(CrmRoles.MANAGER), null, true)));
        assertThat(visibility(true).scopeOf("lee.manager").owners()).contains("kim.rep");
        when(users.findUser("host.user")).thenReturn(Optional.empty());
        assertThat(visibility(true).scopeOf("host.user").owners()).containsExactly("host.user");
    }

    @Test
    void teamNamesAreCheckedAndABlankTeamTakesTheUserOut() {
        ScopedVisibility visibility = visibility(true);
        visibility.setTeam("kim.rep", " 영업2팀 ", "admin");
        verify(teams).setTeam("kim.rep", "영업2팀", "admin");
        visibility.setTeam("kim.rep", " ", "admin");
        verify(teams).setTeam("kim.rep", null, "admin");
        assertThatThrownBy(() -> visibility.setTeam("kim.rep", "팀;DROP"))
                .isInstanceOf(ValidationException.class).extracting(e -> ((ValidationException) e).field())
                .isEqualTo("team");
    }
}
