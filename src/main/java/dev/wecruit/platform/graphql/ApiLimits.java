package dev.wecruit.platform.graphql;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The GraphQL API's limits ({@code wecruit.api.*}, in the README's configuration table and {@code docs/api}).
 *
 * @param maxDepth how deeply fields may nest in one operation
 * @param maxComplexity the most fields one operation may ask for, each list field counted once per page size
 * @param maxPageSize the most records a connection gives at once ({@code first} or {@code last})
 * @param defaultPageSize what a connection gives without {@code first} or {@code last}
 * @param maxRequestSize the largest request body
 * @param requestsPerMinute the requests one credential may send per minute, on each node
 * @param rateWindow the window the rate is counted over
 */
@ConfigurationProperties("wecruit.api")
public record ApiLimits(Integer maxDepth, Integer maxComplexity, Integer maxPageSize, Integer defaultPageSize,
        DataSize maxRequestSize, Integer requestsPerMinute, Duration rateWindow) {

    public ApiLimits {
        maxDepth = maxDepth != null ? maxDepth : 10;
        maxComplexity = maxComplexity != null ? maxComplexity : 5000;
        maxPageSize = maxPageSize != null ? maxPageSize : 100;
        defaultPageSize = defaultPageSize != null ? defaultPageSize : 20;
        maxRequestSize = maxRequestSize != null ? maxRequestSize : DataSize.ofKilobytes(64);
        requestsPerMinute = requestsPerMinute != null ? requestsPerMinute : 600;
        rateWindow = rateWindow != null ? rateWindow : Duration.ofMinutes(1);
        if (maxPageSize < 1 || defaultPageSize < 1 || defaultPageSize > maxPageSize) {
            throw new IllegalArgumentException(
                    "wecruit.api.default-page-size must be at least 1 and at most wecruit.api.max-page-size");
        }
    }
}
