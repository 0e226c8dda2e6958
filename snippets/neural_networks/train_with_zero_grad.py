import torch
from torch import nn

# 要拟合的直线：y = 2x + 1
X = torch.tensor([[0.0], [1.0], [2.0], [3.0]])
y = 2 * X + 1

torch.manual_seed(0)
net = nn.Linear(1, 1)
optimizer = torch.optim.SGD(net.parameters(), lr=0.02)

for step in range(10):
    optimizer.zero_grad()
    loss = nn.MSELoss()(net(X), y)
    loss.backward()
    optimizer.step()
    # step() 只改参数，不动 .grad；打印的是这一步用来更新的梯度
    print(f"{step}: loss {loss.item():7.4f}  grad {net.weight.grad.item():8.4f}")
    #> 0: loss 17.1116  grad -15.4431
    #> 1: loss 11.8579  grad -12.8641
    #> 2: loss  8.2217  grad -10.7184
    #> 3: loss  5.7049  grad  -8.9332
    #> 4: loss  3.9628  grad  -7.4479
    #> 5: loss  2.7568  grad  -6.2121
    #> 6: loss  1.9218  grad  -5.1839
    #> 7: loss  1.3436  grad  -4.3283
    #> 8: loss  0.9432  grad  -3.6164
    #> 9: loss  0.6658  grad  -3.0239
