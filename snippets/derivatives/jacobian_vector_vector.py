import torch
from torch.autograd.functional import jacobian


# y = (x1·x2, x2·x3)：输入 3 个数，输出 2 个数
def f(x):
    return torch.stack([x[0] * x[1], x[1] * x[2]])


J = jacobian(f, torch.tensor([1.0, 2.0, 3.0]))
# 第 i 行是 y_i 对 x1、x2、x3 的偏导，所以形状是 2×3
print(J)
#> tensor([[2., 1., 0.],
#>         [0., 3., 2.]])
print(J.shape)
#> torch.Size([2, 3])
