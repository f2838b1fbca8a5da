package org.firegov.kit.attachments;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;

/** An {@link AttachmentStore} on the service's MongoDB (GridFS, default bucket {@code fs}) for every service. */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration")
@ConditionalOnBean(MongoDatabaseFactory.class)
@EnableConfigurationProperties(AttachmentProperties.class)
public class AttachmentsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    GridFsTemplate gridFsTemplate(MongoDatabaseFactory mongo, MongoConverter converter) {
        return new GridFsTemplate(mongo, converter);
    }

    @Bean
    @ConditionalOnMissingBean
    AttachmentStore attachmentStore(GridFsTemplate gridFs, AttachmentProperties limits) {
        return new AttachmentStore(gridFs, limits);
    }
}
