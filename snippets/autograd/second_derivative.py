import torch

# y = x³，手算 dy/dx = 3x²，d²y/dx² = 6x；每行：x、两个一阶导数、两个二阶导数
for value in [-1.0, 0.5, 2.0]:
    x = torch.tensor(value, requires_grad=True)
    y = x**3
    (dy,) = torch.autograd.grad(y, x, create_graph=True)
    (d2y,) = torch.autograd.grad(dy, x)
    print(value, dy.item(), 3 * value**2, d2y.item(), 6 * value)
    #> -1.0 3.0 3.0 -6.0 -6.0
    #> 0.5 0.75 0.75 3.0 3.0
    #> 2.0 12.0 12.0 12.0 12.0
