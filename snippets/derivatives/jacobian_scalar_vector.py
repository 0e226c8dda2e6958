import torch
from torch.autograd.functional import jacobian


# y = x1 · x2 · x3：输入 3 个数，输出 1 个数
def f(x):
    return x[0] * x[1] * x[2]


J = jacobian(f, torch.tensor([1.0, 2.0, 3.0]))
# 每个分量是一个偏导：(x2·x3, x1·x3, x1·x2)
print(J)
#> tensor([6., 3., 2.])
print(J.shape)
#> torch.Size([3])
