#!/usr/bin/env python3
"""A subscriber to a Yaowen topic with confluent-kafka (Debian: apt-get install python3-confluent-kafka).

    python3 subscriber.py localhost:9092 yaowen.meetings.json my-team-meetings

Reads the JSON mirror of a sink topic (kafka.jsonMirror), so it needs no Avro. See docs/subscribers.md.
"""
import json
import sys

from confluent_kafka import Consumer

servers = sys.argv[1] if len(sys.argv) > 1 else "localhost:9092"
topic = sys.argv[2] if len(sys.argv) > 2 else "yaowen.meetings.json"
group = sys.argv[3] if len(sys.argv) > 3 else "my-team-meetings"
limit = int(sys.argv[4]) if len(sys.argv) > 4 else None  # stop after this many records

consumer = Consumer({
    "bootstrap.servers": servers,
    "group.id": group,                   # your own group: Kafka remembers how far it read
    "isolation.level": "read_committed", # Yaowen writes in transactions: skip aborted writes
    "auto.offset.reset": "earliest",     # a new group starts at the oldest record kept
    "enable.auto.commit": False,         # commit after processing: a crash re-reads, never skips
    # add "security.protocol", "sasl.*" and "ssl.*" for a secured cluster
})
consumer.subscribe([topic])
seen = 0
try:
    while limit is None or seen < limit:
        msg = consumer.poll(1.0)
        if msg is None:
            continue
        if msg.error():
            print("error:", msg.error(), file=sys.stderr)
            continue
        value = None if msg.value() is None else json.loads(msg.value())  # None: the key was deleted
        key = msg.key().decode("utf-8") if msg.key() else None
        print(f"{msg.topic()}-{msg.partition()}@{msg.offset()} {key} {json.dumps(value, ensure_ascii=False)}", flush=True)
        seen += 1
        consumer.commit(message=msg, asynchronous=False)  # processed: remember the position
except KeyboardInterrupt:
    pass
finally:
    consumer.close()
