"""What Vivier fetches when the user asks: catalog feeds, the company register's size check, the HTTP
client they share, and the keychain that keeps their tokens and keys (never a file or a database).
"""

from catalog._lazy import lazy_face

__getattr__, __dir__, __all__ = lazy_face(__name__, {
    "._net": ("NetworkError",),
    "._secrets": ("NOT_REMEMBERED", "NOT_REMEMBERED_FR", "SecretSaved", "forget_secret", "get_secret",
                  "keychain_available", "secret_location", "store_secret"),
    "._feeds": ("FeedError", "add_feed", "list_feeds", "remove_feed", "set_feed_token"),
    "._feed_diff": ("FeedDiff", "FieldChange", "RecordChange", "check_feed"),
    "._feed_apply": ("KEEP_MINE", "TAKE_FEED", "apply_feed", "update_feed"),
    "._register": ("INSEE", "INSEE_KEY", "LIMITERS", "RECHERCHE", "SOURCES", "RateLimiter", "RegisterEndpoints",
                   "compatible_classes", "forget_insee_key", "set_insee_key", "size_checks", "verify_size"),
})
