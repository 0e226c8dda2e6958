import torch

x = torch.tensor([0.5, 1.5, 2.5], requires_grad=True)


# 一行写出结果的 dtype、requires_grad，以及 grad_fn 的类型名（没有就是 None）
def describe(t):
    grad_fn = type(t.grad_fn).__name__ if t.grad_fn is not None else None
    return f"{t.dtype!s:15} {t.requires_grad!s:5} {grad_fn}"


# 浮点结果：需要梯度，带着 grad_fn
print(describe(x * 2))
#> torch.float32   True  MulBackward0
# 梯度恒为 0 的 round 也被记录了
print(describe(x.round()))
#> torch.float32   True  RoundBackward0
# 复数结果同样需要梯度
print(describe(x * 1j))
#> torch.complex64 True  MulBackward0
# 比较得到布尔张量，argmax 得到整数张量：都不需要梯度，没有 grad_fn
print(describe(x > 1))
#> torch.bool      False None
print(describe(x.argmax()))
#> torch.int64     False None
# 同一个运算的两个结果：浮点的最大值需要梯度，整数的位置不需要
values, indices = x.max(dim=0)
print(describe(values))
#> torch.float32   True  MaxBackward0
print(describe(indices))
#> torch.int64     False None
# zeros_like 只取 x 的形状和 dtype，不读它的值，不被记录
print(describe(torch.zeros_like(x)))
#> torch.float32   False None
# histc 读了 x 的值，结果也是浮点，但 PyTorch 规定它的结果不可求导，也不记录
print(describe(torch.histc(x, bins=3)))
#> torch.float32   False None
