package kr.crm.persistence.internal;

import java.util.List;
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
}
