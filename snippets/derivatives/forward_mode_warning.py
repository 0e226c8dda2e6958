import warnings

import torch
from torch.func import jvp


def record_warnings():
    # 把警告记录下来而不是直接报错，看看正向模式运行时发出了什么
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        jvp(torch.sin, (torch.tensor(0.0),), (torch.tensor(1.0),))
    return caught


first = record_warnings()
second = record_warnings()
# 第一次、第二次调用各发出几条警告
print(len(first), len(second))
#> 18 0

# 第一次的警告是同一种类别、同一条消息
print({w.category.__name__ for w in first})
#> {'DeprecationWarning'}
print(len({str(w.message) for w in first}))
#> 1
print(first[0].message)
#> `torch.jit.script` is deprecated. Please switch to `torch.compile` or `torch.export`.
