import torch
from torch.func import jvp


def f(x):
    return (x**2).sum()


x = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])
# 正向模式：输入带着一个方向 e 一起往前算，输出 f(x) 和 f 沿 e 的导数
e = torch.tensor([0.0, 1.0, 0.0, 0.0, 0.0])
value, derivative = jvp(f, (x,), (e,))
print(value)
#> tensor(55.)
# 方向 e 选第 2 个坐标轴：得到 ∂f/∂x2 = 2·x2，一次只得到这一个偏导
print(derivative)
#> tensor(4.)
