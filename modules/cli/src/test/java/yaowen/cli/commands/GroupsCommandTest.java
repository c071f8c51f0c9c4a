package yaowen.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class GroupsCommandTest {

    @Test
    void printsEachGroupWithItsMembersPartitionsByTopicSortedSoTwoPrintsCompare() {
        GroupsCommand.Group sink = new GroupsCommand.Group("yaowen-sink", "Stable", List.of(
                new GroupsCommand.Member("sink-2", "/127.0.0.1", List.of(new TopicPartition("yaowen.meetings", 2),
                        new TopicPartition("yaowen.articles", 2), new TopicPartition("yaowen.meetings", 0))),
                new GroupsCommand.Member("sink-1", "/127.0.0.1", List.of(new TopicPartition("yaowen.articles", 1)))), 12);
        GroupsCommand.Group crawler = new GroupsCommand.Group("yaowen-crawler", "PreparingRebalance", List.of(
                new GroupsCommand.Member("crawl-1", "/127.0.0.1", List.of())), -1);

        assertThat(GroupsCommand.render(List.of(sink, crawler))).isEqualTo("""
                yaowen-crawler  PreparingRebalance  1 member  lag ?
                  crawl-1 (/127.0.0.1)  (no partitions)
                yaowen-sink  Stable  2 members  lag 12
                  sink-1 (/127.0.0.1)  yaowen.articles[1]
                  sink-2 (/127.0.0.1)  yaowen.articles[2] yaowen.meetings[0,2]
                """);
        assertThat(GroupsCommand.render(List.of())).isEqualTo("no consumer groups\n");
    }
}
