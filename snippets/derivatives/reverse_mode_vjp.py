import torch
from torch.func import vjp


def f(x):
    return (x**2).sum()


x = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])
# 反向模式：先正向算一遍 f，记下中间结果，返回一个“往回算”的函数
value, backward_fn = vjp(f, x)
print(value)
#> tensor(55.)
# 从输出 dy/dy = 1 往回传一次，所有 5 个偏导 2·x 一起得到
print(backward_fn(torch.tensor(1.0)))
#> (tensor([ 2.,  4.,  6.,  8., 10.]),)
