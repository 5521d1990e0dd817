package kr.crm.persistence.internal;

import java.util.List;
import java.util.Map;
import kr.crm.api.campaign.MessageTemplate;
import org.apache.ibatis.annotations.Param;

/** SQL in TemplateMapper.xml. */
public interface TemplateMapper {

    int insertNext(@Param("t") MessageTemplate template);

    List<Map<String, Object>> versions(@Param("name") String name);

    List<Map<String, Object>> latest();

    Map<String, Object> find(@Param("name") String name, @Param("version") int version);
}
