/** Integration-test helpers: a real embedded Kafka per test class, reading topics, waiting without sleeps. */
package yaowen.testkit;
