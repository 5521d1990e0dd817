package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import kr.crm.api.security.RoleChange;
import kr.crm.api.store.StoredUser;
import org.apache.ibatis.annotations.Param;

/** SQL in UserMapper.xml. */
public interface UserMapper {

    int insertUser(@Param("u") StoredUser user);

    int updateUser(@Param("u") StoredUser user);

    StoredUser findUser(@Param("username") String username);

    List<StoredUser> listUsers();

    int insertToken(@Param("username") String username, @Param("hash") String tokenHash, @Param("label") String label);

    StoredUser findUserByTokenHash(@Param("hash") String tokenHash);

    int insertChanges(@Param("changes") List<RoleChange> changes);

    int countFailure(@Param("username") String username, @Param("lockAfter") int lockAfter, @Param("at") Instant at);

    Map<String, Object> loginState(@Param("username") String username);

    int clearFailures(@Param("username") String username);

    int unlock(@Param("username") String username);

    List<Map<String, Object>> history(@Param("username") String username, @Param("limit") int limit);
}
