/** {@code yaowen bench alerts}: how long a meeting takes from its page's fetch to a chat robot's receipt. */
package yaowen.bench.alerts;
