import torch
from torch.autograd.functional import jacobian


# y = x^3，x 是零维张量（标量）
def f(x):
    return x**3


J = jacobian(f, torch.tensor(2.0))
print(J)
#> tensor(12.)
print(J.shape)
#> torch.Size([])
