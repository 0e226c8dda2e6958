import math

import torch


def f(x):
    return x * torch.exp(x)


# 每行：x、autograd 的二阶导数、手推的 (2 + x)eˣ、只用函数值的二阶中心差分
h = 1e-4
for value in [-1.0, 0.0, 1.0]:
    x = torch.tensor(value, dtype=torch.float64, requires_grad=True)
    (df,) = torch.autograd.grad(f(x), x, create_graph=True)
    (d2f,) = torch.autograd.grad(df, x)
    by_hand = (2 + value) * math.exp(value)
    x0 = torch.tensor(value, dtype=torch.float64)
    central = (f(x0 + h) - 2 * f(x0) + f(x0 - h)) / h**2
    print(value, f"{d2f.item():.4f} {by_hand:.4f} {central.item():.4f}")
    #> -1.0 0.3679 0.3679 0.3679
    #> 0.0 2.0000 2.0000 2.0000
    #> 1.0 8.1548 8.1548 8.1548

# gradgradcheck 用有限差分核对“梯度的梯度”；没给 grad_outputs 时它随机生成一组，所以先设种子
torch.manual_seed(0)
x = torch.tensor([-1.0, 0.0, 1.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradgradcheck(f, (x,)))
#> True
