package kr.crm.persistence.internal;

import org.apache.ibatis.annotations.Param;

/** SQL in WatermarkMapper.xml. */
public interface WatermarkMapper {

    String get(@Param("name") String name);

    int insert(@Param("name") String name, @Param("value") String value);

    int advance(@Param("name") String name, @Param("expected") String expected, @Param("value") String value);
}
