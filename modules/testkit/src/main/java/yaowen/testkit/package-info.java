/**
 * Test helpers: a real embedded Kafka per test class, reading topics, waiting without sleeps
 * ({@link yaowen.testkit.Await}), and running a consumer loop on a mock consumer to a condition without
 * waiting at all ({@link yaowen.testkit.PollLoops}).
 */
package yaowen.testkit;
