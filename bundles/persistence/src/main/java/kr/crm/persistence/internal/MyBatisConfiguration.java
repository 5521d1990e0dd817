package kr.crm.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * Builds the MyBatis configuration from the mapper XML files inside this bundle. MyBatis loads
 * mapper and result classes through the thread context class loader, so parsing runs with this
 * bundle's loader set there.
 */
final class MyBatisConfiguration {
    private static final List<String> MAPPERS = List.of("TeamMapper.xml", "CustomerMapper.xml", "ContactPersonMapper.xml",
            "UserMapper.xml", "IdentityMapper.xml", "OrderMapper.xml", "MergeMapper.xml",
            "ReviewMapper.xml", "WatermarkMapper.xml", "IngestStatMapper.xml", "GradeMapper.xml",
            "TaskMapper.xml", "ContactLogMapper.xml",
            "SyncMapper.xml", "ServiceRequestMapper.xml", "ServiceCatalogMapper.xml", "AnalyticsMapper.xml",
            "SegmentMapper.xml", "MailMapper.xml", "AccessLogMapper.xml", "SurveyMapper.xml", "ConsentMapper.xml",
            "TemplateMapper.xml", "ServiceReportMapper.xml", "PrivacyMapper.xml", "CampaignMapper.xml",
            "ProgramMapper.xml");

    private MyBatisConfiguration() {
    }

    static SqlSessionFactory sessionFactory(DataSource dataSource) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(MyBatisConfiguration.class.getClassLoader());
        try {
            Configuration configuration = new Configuration(
                    new Environment("crm", new JdbcTransactionFactory(), dataSource));
            configuration.setMapUnderscoreToCamelCase(true);
            configuration.setArgNameBasedConstructorAutoMapping(true);
            configuration.setCacheEnabled(false);
            configuration.getTypeHandlerRegistry().register(Set.class, StringSetTypeHandler.class);
            for (String mapper : MAPPERS) {
                parse(configuration, mapper);
            }
            return new SqlSessionFactoryBuilder().build(configuration);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void parse(Configuration configuration, String name) {
        try (InputStream in = MyBatisConfiguration.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("mapper " + name + " missing from bundle");
            }
            new XMLMapperBuilder(in, configuration, name, configuration.getSqlFragments()).parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
