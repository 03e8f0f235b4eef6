"""The Redis cache backend keeps one client per connection pool, and works as Django's does."""

import threading

import pytest
from redis import Redis
from redis.exceptions import ConnectionError as RedisDown

from quotes.redis_cache import RedisCache

REDIS_URL = "redis://127.0.0.1:6379/9"


@pytest.fixture
def shared_cache():
    try:
        Redis.from_url(REDIS_URL).ping()
    except RedisDown:
        pytest.skip("no Redis at 127.0.0.1:6379")
    cache = RedisCache(REDIS_URL, {})
    cache.clear()
    yield cache
    cache.clear()


def test_every_call_uses_the_same_client(shared_cache):
    backend = shared_cache._cache
    assert backend.get_client() is backend.get_client() is backend.get_client(write=True)


def test_it_stores_reads_counts_and_forgets_like_djangos_own(shared_cache):
    shared_cache.set("card", "<li>…</li>", 30)
    shared_cache.set_many({"a": 1, "b": [2, 3]}, 30)
    assert shared_cache.get("card") == "<li>…</li>" and shared_cache.get_many(["a", "b", "c"]) == {"a": 1, "b": [2, 3]}
    assert shared_cache.add("n", 1) and not shared_cache.add("n", 5) and shared_cache.incr("n") == 2
    shared_cache.delete("card")
    assert shared_cache.get("card", "gone") == "gone"


def test_threads_share_the_client_safely(shared_cache):
    def work(n: int) -> None:
        for i in range(200):
            shared_cache.set(f"t{n}:{i}", i, 30)
            assert shared_cache.get(f"t{n}:{i}") == i

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert shared_cache.get_many([f"t{n}:199" for n in range(8)]) == {f"t{n}:199": 199 for n in range(8)}

