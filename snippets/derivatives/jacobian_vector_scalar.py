import torch
from torch.autograd.functional import jacobian


# y = (t, t^2, t^3)：输入 1 个数，输出 3 个数
def f(t):
    return torch.stack([t, t**2, t**3])


J = jacobian(f, torch.tensor(2.0))
# 每个分量是 y 的一个元素对 t 的导数：(1, 2t, 3t^2)
print(J)
#> tensor([ 1.,  4., 12.])
print(J.shape)
#> torch.Size([3])
