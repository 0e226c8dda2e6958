import torch


def central_difference(f, x, h):
    return (f(x + h) - f(x - h)) / (2 * h)


def cube(t):
    return t**3


x32 = torch.tensor(2.0)
x64 = torch.tensor(2.0, dtype=torch.float64)
# 准确值是 12。每一行：步长 h、float32 的结果、float64 的结果
for h in (1e-2, 1e-4, 1e-6):
    print(h, central_difference(cube, x32, h).item(), central_difference(cube, x64, h).item())
    #> 0.01 12.000083923339844 12.000099999999847
    #> 0.0001 11.99483871459961 12.00000001001289
    #> 1e-06 11.444091796875 12.000000000345068
