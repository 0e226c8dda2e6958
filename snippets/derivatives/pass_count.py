import torch
from torch.func import jvp, vjp

calls = 0


def f(x):
    # 每求值一次 f，计数加 1
    global calls
    calls += 1
    return (x**2).sum()


x = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])

# 正向模式：每个输入方向一遍，5 个输入就是 5 遍
calls = 0
forward = torch.stack([jvp(f, (x,), (e,))[1] for e in torch.eye(5)])
print(calls)
#> 5

# 反向模式：f 只算 1 遍，再往回传 1 遍，就得到整个梯度
calls = 0
value, backward_fn = vjp(f, x)
(reverse,) = backward_fn(torch.tensor(1.0))
print(calls)
#> 1

print(forward)
#> tensor([ 2.,  4.,  6.,  8., 10.])
print(torch.allclose(forward, reverse))
#> True
