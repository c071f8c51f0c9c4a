/** articles → meetings, metrics and alert candidates. */
package yaowen.pipeline.insight;
