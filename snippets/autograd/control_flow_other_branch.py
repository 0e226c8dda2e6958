import torch


def f(a):
    b = a * 2
    while torch.linalg.vector_norm(b) < 1000:
        b = b * 2
    if b.sum() > 0:
        return b
    else:
        return 100 * b


# 负数走 else 分支，每次调用都按实际走过的路径重新建图
for value in [1.5, -0.5]:
    a = torch.tensor(value, requires_grad=True)
    d = f(a)
    d.backward()
    print(value, a.grad, a.grad == d / a)
    #> 1.5 tensor(1024.) tensor(True)
    #> -0.5 tensor(204800.) tensor(True)
