package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import kr.crm.api.security.AccountScope;
import org.apache.ibatis.annotations.Param;

/** MyBatis mapper of {@code TeamMapper.xml}. */
interface TeamMapper {

    String teamOf(@Param("username") String username);

    List<String> members(@Param("team") String team);

    void setTeam(@Param("username") String username, @Param("team") String team, @Param("at") Instant at);

    void removeTeam(@Param("username") String username);

    /** The user's team, its row locked until the transaction ends (null: none). */
    String lockTeamOf(@Param("username") String username);

    /** The account a customer or contact key stands for: none, one, or (a key of both kinds) two. */
    List<AccountFacts> accountOf(@Param("key") String key, @Param("user") String user);

    List<String> visibleKeys(@Param("scope") AccountScope scope, @Param("keys") Collection<String> keys);
}
